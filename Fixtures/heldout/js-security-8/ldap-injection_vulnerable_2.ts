// Obsidian plugin command: look up a colleague in the directory and insert a contact card.
import { Editor, Plugin, SuggestModal } from 'obsidian';
import { Client } from 'ldapts';

interface Person {
  cn: string;
  mail: string;
}

class PersonModal extends SuggestModal<Person> {
  constructor(private plugin: DirectoryPlugin, private editor: Editor) {
    super(plugin.app);
  }

  async getSuggestions(query: string): Promise<Person[]> {
    return this.plugin.search(query);
  }

  renderSuggestion(person: Person, el: HTMLElement): void {
    el.createEl('div', { text: `${person.cn} <${person.mail}>` });
  }

  onChooseSuggestion(person: Person): void {
    this.editor.replaceSelection(`[${person.cn}](mailto:${person.mail})`);
  }
}

export default class DirectoryPlugin extends Plugin {
  client = new Client({ url: 'ldaps://directory.corp.example' });

  async search(query: string): Promise<Person[]> {
    const filter = `(|(cn=${query}*)(mail=${query}*))`;
    const { searchEntries } = await this.client.search('ou=people,dc=corp,dc=example', { filter, sizeLimit: 10 }); // expect: ldap-injection
    return searchEntries.map((e) => ({ cn: String(e.cn), mail: String(e.mail) }));
  }

  async onload(): Promise<void> {
    this.addCommand({
      id: 'insert-contact',
      name: 'Insert contact from directory',
      editorCallback: (editor: Editor) => new PersonModal(this, editor).open(),
    });
  }
}
