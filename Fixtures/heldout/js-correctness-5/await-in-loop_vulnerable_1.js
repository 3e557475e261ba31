// Discord.js slash command: post the week's birthdays to each guild's channel.
import { Client, GatewayIntentBits } from "discord.js";
import { birthdaysThisWeek } from "./calendar.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

async function announce(guildIds) {
  const results = [];
  for (const guildId of guildIds) {
    const guild = await client.guilds.fetch(guildId);  // expect: await-in-loop
    const names = birthdaysThisWeek(guild.id).join(", ");
    results.push(guild.systemChannel?.send(`Birthdays this week: ${names || "none"}`));
  }
  return Promise.all(results);
}

client.once("ready", () => {
  announce([...client.guilds.cache.keys()]).then((sent) => console.info(`sent ${sent.length}`));
});

client.login(process.env.DISCORD_TOKEN);
