// Sanity Studio document action: publish only when the draft really changed.
import { useDocumentOperation } from 'sanity';

function changedFields(draft, published) {
  return Object.keys(draft).filter((key) => !key.startsWith('_') && draft[key] !== published[key]);
}

export function SmartPublishAction(props) {
  const { publish } = useDocumentOperation(props.id, props.type);
  const draft = props.draft || {};
  const published = props.published || {};
  const slugChanged = draft.slug && draft.slug.current !== draft.slug.current; // expect: self-compare
  const sameRevision = published._rev === published._rev; // expect: self-compare

  return {
    label: slugChanged ? 'Publish (new URL)' : 'Publish',
    disabled: publish.disabled || (sameRevision && changedFields(draft, published).length === 0),
    onHandle: () => {
      publish.execute();
      props.onComplete();
    },
  };
}
