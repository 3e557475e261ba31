// ESLint plugin rule: the issue-reference pattern built once per file, before the loop.
import type { Rule } from 'eslint';

const TODO = /\bTODO\b/;

function referencePattern(project: string): RegExp {
  return new RegExp(`TODO\\(${project}-\\d+\\)`);
}

const rule: Rule.RuleModule = {
  meta: { type: 'suggestion', schema: [{ type: 'object', properties: { project: { type: 'string' } } }] },
  create(context) {
    const project: string = context.options[0]?.project ?? 'APP';
    const reference = referencePattern(project);
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (TODO.test(comment.value) && !reference.test(comment.value)) {
            context.report({ loc: comment.loc!, message: `TODO without a ${project} issue` });
          }
        }
      },
    };
  },
};

export default rule;
