import Component from '@glimmer/component';
import { tracked } from '@glimmer/tracking';
import { action } from '@ember/object';

interface Profile {
  displayName: string;
  email: string;
  timezone: string;
}

interface Args {
  profile: Profile;
  onSave: (p: Profile) => Promise<void>;
}

export default class ProfileFormComponent extends Component<Args> {
  @tracked draft: Profile = { ...this.args.profile };

  get isDirty(): boolean {
    const saved = this.args.profile;
    return (
      this.draft.displayName !== saved.displayName ||
      this.draft.email.toLowerCase() !== this.draft.email.toLowerCase() || // expect: self-compare
      this.draft.timezone !== saved.timezone
    );
  }

  get timezoneChanged(): boolean {
    return this.args.profile.timezone !== this.args.profile.timezone; // expect: self-compare
  }

  @action update(field: keyof Profile, event: Event): void {
    this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
  }

  @action async save(): Promise<void> {
    if (this.isDirty) await this.args.onSave(this.draft);
  }
}
