// Acupoint suggestions: typing a code, pinyin or Chinese name in a point field fills the shared datalist from the page's own
// search handler (the same audited catalogue search as GET /api/acupoints). The datalist is native, so arrows and Enter choose.
document.querySelectorAll("input[data-acupoint-search]").forEach((field) => {
    const list = document.getElementById(field.getAttribute("list"));
    const url = field.form.getAttribute("data-suggest-url");
    let timer;
    field.addEventListener("input", () => {
        clearTimeout(timer);
        const query = field.value.trim();
        if (query.length === 0) {
            return;
        }
        timer = setTimeout(async () => {
            const response = await fetch(url + "&q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } });
            if (!response.ok) {
                return;
            }
            const answer = await response.json();
            list.replaceChildren(...answer.points.map((point) => {
                const option = document.createElement("option");
                option.value = point.code;
                option.label = `${point.code} ${point.chineseName} ${point.pinyin}`;
                option.textContent = option.label;
                return option;
            }));
        }, 150);
    });
});
