// Discord bot with a /calc command and per-server custom reactions.
const { Client, GatewayIntentBits, Events } = require('discord.js');
const { loadGuildReactions } = require('./guild-store');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

function evaluate(expression) {
  const body = 'return (' + expression + ');';
  return new Function('Math', body)(Math); // expect: code-injection
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'calc') return;
  const expression = interaction.options.getString('expression', true);
  await interaction.reply(`= ${evaluate(expression)}`);
});

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot) return;
  const reactions = await loadGuildReactions(message.guildId);
  for (const reaction of reactions) {
    if (message.content.includes(reaction.trigger)) {
      const emoji = eval(reaction.script); // expect: code-injection
      await message.react(String(emoji));
    }
  }
});

client.login(process.env.DISCORD_TOKEN);
