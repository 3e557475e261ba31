// Cloudflare Worker + D1: order history API for the storefront.
function orderClauses(params) {
  const clauses = ['customer_id = ?1'];
  if (params.get('status')) {
    clauses.push("status = '" + params.get('status') + "'");
  }
  if (params.get('since')) {
    clauses.push(`created_at >= '${params.get('since')}'`);
  }
  return clauses.join(' AND ');
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const customerId = request.headers.get('X-Customer-Id');
    if (!customerId) {
      return new Response('unauthorised', { status: 401 });
    }

    if (url.pathname === '/orders') {
      const sort = url.searchParams.get('sort') || 'created_at';
      const sql = `SELECT id, total, status FROM orders WHERE ${orderClauses(url.searchParams)} ORDER BY ${sort} DESC LIMIT 50`;
      const { results } = await env.DB.prepare(sql).bind(customerId).all(); // expect: sql-injection
      return Response.json(results);
    }

    if (url.pathname === '/orders/note' && request.method === 'POST') {
      const { orderId, note } = await request.json();
      await env.DB.exec(`UPDATE orders SET note = '${note}' WHERE id = ${orderId}`); // expect: sql-injection
      return new Response(null, { status: 204 });
    }

    return new Response('not found', { status: 404 });
  },
};
