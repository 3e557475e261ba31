const { UnsecuredJWT } = require('jose');
const { storeDownload } = require('./downloads');

function downloadToken(payload) {
  return new UnsecuredJWT({ file: payload.fileId, owner: payload.ownerId }) // expect: jwt-misuse
    .setIssuedAt()
    .setExpirationTime('2h')
    .encode();
}

// graphile-worker task list
module.exports = {
  prepare_download: async (payload, helpers) => {
    const token = downloadToken(payload);
    await storeDownload(payload.fileId, token);
    await helpers.addJob('email_download_link', {
      to: payload.email,
      link: `https://files.example.com/d?token=${token}`,
    });
  },
};
