// The survey page's one script, for a convenience only: as comment fields fill, it shows how
// many characters are left of what one submission may carry (all its comments and thanks
// together; the server checks the same cap). Without it the page shows the cap and works alike.
(function () {
  "use strict";
  var form = document.querySelector("form.survey-form[data-text-cap]");
  if (!form) {
    return;
  }
  var cap = parseInt(form.getAttribute("data-text-cap"), 10);
  var label = form.getAttribute("data-text-left");
  var fields = Array.prototype.slice.call(form.querySelectorAll("textarea"));
  var notes = Array.prototype.slice.call(form.querySelectorAll(".text-cap"));
  function update() {
    var used = 0;
    fields.forEach(function (field) {
      used += Array.from(field.value.replace(/\r\n/g, "\n").trim()).length;
    });
    var left = cap - used;
    notes.forEach(function (note) {
      note.textContent = label + " " + left + " / " + cap;
      note.classList.toggle("field-error", left < 0);
    });
  }
  fields.forEach(function (field) {
    field.addEventListener("input", update);
  });
  update();
})();
