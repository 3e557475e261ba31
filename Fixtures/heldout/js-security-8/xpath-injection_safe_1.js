// Discord bot: /stock looks a product up in the nightly catalogue export.
const fs = require('fs');
const libxmljs = require('libxmljs2');
const { Client, GatewayIntentBits, Events } = require('discord.js');

const catalogue = libxmljs.parseXml(fs.readFileSync('exports/catalogue.xml', 'utf8'));
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
const WAREHOUSES = new Set(['north', 'south', 'east']);

function stockFor(name, warehouse) {
  const products = catalogue.find('//product').filter((p) => p.get('name')?.text() === name);
  const stocks = products.flatMap((p) => p.find('stock'));
  return WAREHOUSES.has(warehouse) ? stocks.filter((s) => s.attr('warehouse')?.value() === warehouse) : stocks;
}

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'stock') return;
  const name = interaction.options.getString('name', true);
  const warehouse = interaction.options.getString('warehouse');
  const nodes = stockFor(name, warehouse);
  await interaction.reply(nodes.length ? nodes.map((n) => n.text().trim()).join(', ') : 'not found');
});

client.login(process.env.DISCORD_TOKEN);
