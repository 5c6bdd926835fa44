// Live ALSFRS-R total while the form is filled in; the server computes the real results (this is only a convenience).
(function () {
  const form = document.getElementById("alsfrs-form");
  if (!form) { return; }
  const output = document.querySelector("#alsfrs-live-total output");
  const items = Array.from(form.querySelectorAll("select.alsfrs-item"));
  function update() {
    const values = items.map(function (s) { return s.value; });
    if (values.some(function (v) { return v === ""; })) {
      output.textContent = "–";
      return;
    }
    output.textContent = String(values.reduce(function (sum, v) { return sum + Number(v); }, 0));
  }
  items.forEach(function (s) { s.addEventListener("change", update); });
  update();
})();
