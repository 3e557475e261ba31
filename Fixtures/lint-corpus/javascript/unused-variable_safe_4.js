function publicProfile(user) {
  const { password, ...profile } = user;
  return profile;
}

function secondItem(list) {
  const [, second] = list;
  return second;
}

function onEach(list, callback) {
  list.forEach((_item, index) => callback(index));
}

module.exports = { publicProfile, secondItem, onEach };
