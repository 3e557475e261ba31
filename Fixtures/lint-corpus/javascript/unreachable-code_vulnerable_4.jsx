export function Status({ state }) {
  if (state === 'loading') {
    return <p>Loading</p>;
  }
  return <p>Ready</p>;
  return <p>{state.toUpperCase()}</p>; // expect: unreachable-code
}

export const handler = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(event) };
  } catch (error) {
    throw error;
    return { statusCode: 500 }; // expect: unreachable-code
  }
};
