/* gatsby-node.js */
const path = require('path');
const { createFilePath } = require('gatsby-source-filesystem');
const kebabCase = require('lodash.kebabcase');

const tagTemplate = path.resolve('./src/templates/tag.js');

exports.createPages = async ({ graphql, actions, reporter }) => {
  const { createPage } = actions;
  const result = await graphql(`
    {
      allMarkdownRemark(sort: { frontmatter: { date: DESC } }) {
        nodes { id fields { slug } frontmatter { tags } }
      }
    }
  `);
  if (result.errors) {
    reporter.panicOnBuild('Error loading markdown', result.errors);
    return;
  }
  const posts = result.data.allMarkdownRemark.nodes;
  posts.forEach((post, index) => {
    createPage({
      path: post.fields.slug,
      component: path.resolve('./src/templates/post.js'),
      context: { id: post.id, previousId: index > 0 ? posts[index - 1].id : null },
    });
  });
  const tags = new Set(posts.flatMap((p) => p.frontmatter.tags || []));
  tags.forEach((tag) => {
    createPage({ path: `/tags/${kebabCase(tag)}/`, component: tagTemplate, context: { tag } });
  });
};

exports.onCreateNode = ({ node, actions, getNode }) => {
  if (node.internal.type === 'MarkdownRemark') {
    const slug = createFilePath({ node, getNode, basePath: 'posts' });
    actions.createNodeField({ node, name: 'slug', value: slug });
  }
};
