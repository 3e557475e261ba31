// The same mails with the note passed to the template as data.
const Handlebars = require("handlebars");

const NOTICE = Handlebars.compile("<p>Hello {{name}},</p><p>{{note}}</p>");

function renderNotice(job) {
  const { user, note } = job.data;
  return NOTICE({ name: user.name, note });
}

module.exports = { renderNotice };
