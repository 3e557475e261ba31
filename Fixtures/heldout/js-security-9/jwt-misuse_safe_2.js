const { SignJWT } = require('jose');
const { storeDownload } = require('./downloads');

const key = new TextEncoder().encode(process.env.DOWNLOAD_TOKEN_SECRET);

async function downloadToken(payload) {
  return new SignJWT({ file: payload.fileId, owner: payload.ownerId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(key);
}

module.exports = {
  prepare_download: async (payload, helpers) => {
    const token = await downloadToken(payload);
    await storeDownload(payload.fileId, token);
    await helpers.addJob('email_download_link', {
      to: payload.email,
      link: `https://files.example.com/d?token=${token}`,
    });
  },
};
