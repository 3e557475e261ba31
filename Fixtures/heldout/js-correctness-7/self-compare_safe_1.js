// Sanity Studio document action: publish only when the draft differs from the published version.
import { useDocumentOperation } from 'sanity';

function changedFields(draft, published) {
  return Object.keys(draft).filter((key) => !key.startsWith('_') && draft[key] !== published[key]);
}

export function SmartPublishAction(props) {
  const { publish } = useDocumentOperation(props.id, props.type);
  const draft = props.draft || {};
  const published = props.published || {};
  const slugChanged = Boolean(draft.slug && published.slug && draft.slug.current !== published.slug.current);
  const sameRevision = Boolean(draft._rev) && draft._rev === published._rev;

  return {
    label: slugChanged ? 'Publish (new URL)' : 'Publish',
    disabled: publish.disabled || (sameRevision && changedFields(draft, published).length === 0),
    onHandle: () => {
      publish.execute();
      props.onComplete();
    },
  };
}
