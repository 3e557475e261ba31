import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';

export type SerializedMentionNode = Spread<{ handle: string; userId: number }, SerializedLexicalNode>;

export class MentionNode extends DecoratorNode<string> {
  __handle: string;
  __userId: number;

  static getType(): string {
    return 'mention';
  }

  static clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__handle, node.__userId, node.__key);
  }

  static importJSON(json: SerializedMentionNode): MentionNode {
    if (typeof json.userId !== 'number' || json.handle === null || typeof json.handle !== 'string') {
      throw new Error('mention node without a user');
    }
    return $createMentionNode(json.handle, json.userId);
  }

  constructor(handle: string, userId: number, key?: NodeKey) {
    super(key);
    this.__handle = handle;
    this.__userId = userId;
  }

  exportJSON(): SerializedMentionNode {
    return { type: 'mention', version: 1, handle: this.__handle, userId: this.__userId };
  }

  createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'mention';
    return span;
  }

  updateDOM(): false {
    return false;
  }

  decorate(): string {
    return `@${this.__handle}`;
  }
}

export function $createMentionNode(handle: string, userId: number): MentionNode {
  return $applyNodeReplacement(new MentionNode(handle, userId));
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
