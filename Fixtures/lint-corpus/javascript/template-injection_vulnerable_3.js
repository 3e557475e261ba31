// Notification mails of a job worker: each job carries the user and a note from the admin panel.
const Handlebars = require("handlebars");

function renderNotice(job) {
  const { user, note } = job.data;
  const source = "<p>Hello {{name}},</p><p>" + note + "</p>";
  return Handlebars.compile(source)({ name: user.name }); // expect: template-injection
}

module.exports = { renderNotice };
