// Discord bot: /stock looks a product up in the nightly catalogue export.
const fs = require('fs');
const libxmljs = require('libxmljs2');
const { Client, GatewayIntentBits, Events } = require('discord.js');

const catalogue = libxmljs.parseXml(fs.readFileSync('exports/catalogue.xml', 'utf8'));
const client = new Client({ intents: [GatewayIntentBits.Guilds] });

function stockQuery(name, warehouse) {
  let expr = `//product[name='${name}']`;
  if (warehouse) {
    expr += "/stock[@warehouse='" + warehouse + "']";
  }
  return expr;
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'stock') return;
  const name = interaction.options.getString('name', true);
  const warehouse = interaction.options.getString('warehouse');
  const nodes = catalogue.find(stockQuery(name, warehouse)); // expect: xpath-injection
  await interaction.reply(nodes.length ? nodes.map((n) => n.text().trim()).join(', ') : 'not found');
});

client.login(process.env.DISCORD_TOKEN);
