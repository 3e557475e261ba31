// Description:
//   Tracks who holds the staging environment.
//
// Commands:
//   hubot staging claim - take staging
//   hubot staging release - give staging back
//   hubot staging - who has it

const KEY = 'staging-holder';

module.exports = (robot) => {
  const holder = () => robot.brain.get(KEY);

  robot.respond(/staging claim$/i, (res) => {
    const current = holder();
    if (current && current.name != res.message.user.name) { // expect: loose-equality
      res.reply(`${current.name} has had staging since ${new Date(current.since).toLocaleTimeString()}`);
      return;
    }
    robot.brain.set(KEY, { name: res.message.user.name, since: Date.now() });
    res.reply('staging is yours');
  });

  robot.respond(/staging release$/i, (res) => {
    const current = holder();
    if (!current || current.name !== res.message.user.name) {
      res.reply("you don't hold staging");
      return;
    }
    robot.brain.remove(KEY);
    res.send(`${res.message.user.name} released staging`);
  });

  robot.respond(/staging$/i, (res) => {
    const current = holder();
    res.send(!current ? 'staging is free' : `${current.name} has staging`);
  });

  robot.hear(/deploying (\S+) to staging/i, (res) => {
    const current = holder();
    if (current && res.match[1].length == 0) { // expect: loose-equality
      res.send('deploying what?');
    }
  });
};
