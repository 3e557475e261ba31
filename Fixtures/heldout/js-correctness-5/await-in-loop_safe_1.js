// Discord.js slash command: post the week's birthdays to each guild's channel.
import { Client, GatewayIntentBits } from "discord.js";
import { birthdaysThisWeek } from "./calendar.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

async function announceOne(guildId) {
  const guild = await client.guilds.fetch(guildId);
  const names = birthdaysThisWeek(guild.id).join(", ");
  return guild.systemChannel?.send(`Birthdays this week: ${names || "none"}`);
}

function announce(guildIds) {
  return Promise.all(guildIds.map((guildId) => announceOne(guildId)));
}

client.once("ready", () => {
  announce([...client.guilds.cache.keys()]).then((sent) => console.info(`sent ${sent.length}`));
});

client.login(process.env.DISCORD_TOKEN);
