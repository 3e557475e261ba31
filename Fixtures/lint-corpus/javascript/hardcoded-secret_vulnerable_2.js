// Browser: configuration for the maps widget and the analytics client.
const config = {
  mapsApiKey: 'AIzaSyC4xQ7vL2mN9pR3tW8yZ1bD6fH0jK5sA2e', // expect: hardcoded-secret
  zoom: 12,
};

const db = {
  user: 'shop',
  password: 'Tr0ub4dor&3-horse-Battery!', // expect: hardcoded-secret
};

export { config, db };
