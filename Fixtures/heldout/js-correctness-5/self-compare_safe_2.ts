// Preact hook: keep a form's draft and tell whether it differs from the saved copy.
import { useMemo, useState } from "preact/hooks";

export interface Address {
  street: string;
  city: string;
  postcode: string;
}

export function useAddressDraft(saved: Address) {
  const [draft, setDraft] = useState<Address>(saved);
  const dirty = useMemo(
    () =>
      draft.street.trim() !== saved.street.trim() ||
      draft.city !== saved.city ||
      draft.postcode !== saved.postcode,
    [draft, saved],
  );
  const update = (field: keyof Address, value: string) => setDraft({ ...draft, [field]: value });
  return { draft, dirty, update };
}
