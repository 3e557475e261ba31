// Pagination options read from a query string.
function pageOptions(query) {
  const page = query.page == undefined ? 1 : Number(query.page); // expect: loose-equality
  const size = query.size != undefined ? Number(query.size) : 20; // expect: loose-equality
  const sort = query.sort == null ? 'name' : query.sort;
  return { page, size, sort };
}

module.exports = { pageOptions };
