// Discord bot: /status checks whether one of the community's own services responds.
const { Client, GatewayIntentBits, Events } = require('discord.js');
const superagent = require('superagent');

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
const SERVICES = {
  website: 'https://example.org/health',
  forum: 'https://forum.example.org/health',
  wiki: 'https://wiki.example.org/health',
};

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'status') return;
  const url = SERVICES[interaction.options.getString('service', true)];
  if (!url) {
    await interaction.reply('unknown service');
    return;
  }
  try {
    const res = await superagent.get(url).timeout(5000).ok(() => true);
    await interaction.reply(`HTTP ${res.status}`);
  } catch (err) {
    await interaction.reply(`unreachable: ${err.code || err.message}`);
  }
});

client.login(process.env.DISCORD_TOKEN);
