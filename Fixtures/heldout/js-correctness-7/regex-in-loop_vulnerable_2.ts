// ESLint plugin rule: flags TODO comments without an issue reference.
import type { Rule } from 'eslint';

const TODO = /\bTODO\b/;

const rule: Rule.RuleModule = {
  meta: { type: 'suggestion', schema: [{ type: 'object', properties: { project: { type: 'string' } } }] },
  create(context) {
    const project: string = context.options[0]?.project ?? 'APP';
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const reference = new RegExp(`TODO\\(${project}-\\d+\\)`); // expect: regex-in-loop
          if (TODO.test(comment.value) && !reference.test(comment.value)) {
            context.report({ loc: comment.loc!, message: `TODO without a ${project} issue` });
          }
        }
      },
    };
  },
};

export default rule;
