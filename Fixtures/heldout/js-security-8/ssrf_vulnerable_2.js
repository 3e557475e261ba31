// Discord bot: /status checks whether a site responds, for the community helpdesk.
const { Client, GatewayIntentBits, Events } = require('discord.js');
const superagent = require('superagent');

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

function probeUrl(interaction) {
  const host = interaction.options.getString('host', true);
  const path = interaction.options.getString('path') || '/';
  return `http://${host}${path}`;
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'status') return;
  try {
    const res = await superagent.get(probeUrl(interaction)).timeout(5000).ok(() => true); // expect: ssrf
    await interaction.reply(`HTTP ${res.status}, ${String(res.text || '').slice(0, 200)}`);
  } catch (err) {
    await interaction.reply(`unreachable: ${err.code || err.message}`);
  }
});

client.login(process.env.DISCORD_TOKEN);
