// Bedside identity check: a barcode scanner types the code and presses Enter. Enter moves to the next field (and from the last
// field to the button) instead of submitting half a form; only the button runs the check.
document.querySelectorAll("form[data-scan-form]").forEach((form) => {
    const fields = Array.from(form.querySelectorAll("input:not([type=hidden])"));
    const button = form.querySelector("button[type=submit]");
    fields.forEach((field, index) => {
        field.addEventListener("keydown", (event) => {
            if (event.key !== "Enter") {
                return;
            }
            event.preventDefault();
            (fields[index + 1] ?? button).focus();
        });
    });
});
