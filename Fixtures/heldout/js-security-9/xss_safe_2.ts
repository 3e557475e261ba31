// Store locator page: filters the store list by the town in the address bar.
interface Store {
  name: string;
  street: string;
}

function storeCard(store: Store): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'store';
  const name = document.createElement('strong');
  name.textContent = store.name;
  const street = document.createElement('span');
  street.textContent = store.street;
  item.append(name, street);
  return item;
}

async function showStores(): Promise<void> {
  const town = new URLSearchParams(window.location.search).get('town') ?? '';
  const heading = document.querySelector<HTMLHeadingElement>('#heading');
  if (heading) heading.textContent = `Stores near ${town}`;
  const response = await fetch(`/api/stores?town=${encodeURIComponent(town)}`);
  const stores = (await response.json()) as Store[];
  document.querySelector('#stores')?.replaceChildren(...stores.map(storeCard));
}

showStores();
