// Discord bot with a /calc command and per-server custom reactions.
const { Client, GatewayIntentBits, Events } = require('discord.js');
const { evaluate } = require('mathjs');
const { loadGuildReactions } = require('./guild-store');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'calc') return;
  const expression = interaction.options.getString('expression', true);
  try {
    await interaction.reply(`= ${evaluate(expression)}`);
  } catch (err) {
    await interaction.reply({ content: 'Could not evaluate that.', ephemeral: true });
  }
});

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot) return;
  const reactions = await loadGuildReactions(message.guildId);
  for (const reaction of reactions) {
    if (message.content.includes(reaction.trigger)) {
      await message.react(String(reaction.emoji));
    }
  }
});

client.login(process.env.DISCORD_TOKEN);
