export function Status({ state }) {
  if (state === 'loading') {
    return <p>Loading</p>;
  } else if (state === 'error') {
    return <p>Something went wrong</p>;
  }
  const label = state.toUpperCase();
  return <p>{label}</p>;
}

export const handler = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(event) };
  } finally {
    event.done = true;
  }
};
