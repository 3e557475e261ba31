// markdownlint custom rule: ticket references must use the full project key
const FULL_REF = /^[A-Z]+-\d+$/;

module.exports = {
  names: ['TEAM001', 'ticket-reference-format'],
  description: 'Ticket references must look like PLAT-123',
  tags: ['links'],
  parser: 'markdownit',
  function: function rule(params, onError) {
    const allowed = new Set((params.config && params.config.projects) || ['PLAT', 'WEB']);
    params.parsers.markdownit.tokens
      .filter((token) => token.type === 'inline')
      .forEach((token) => {
        const shortRef = new RegExp('(^|\\s)#(\\d+)\\b', 'g'); // expect: regex-in-loop
        let match = shortRef.exec(token.content);
        while (match !== null) {
          onError({ lineNumber: token.lineNumber, detail: `#${match[2]} should name its project`, context: match[0].trim() });
          match = shortRef.exec(token.content);
        }
        for (const word of token.content.split(' ')) {
          const dash = word.indexOf('-');
          if (dash > 0 && FULL_REF.test(word) && !allowed.has(word.slice(0, dash))) {
            onError({ lineNumber: token.lineNumber, detail: `unknown project in ${word}` });
          }
        }
      });
  },
};
