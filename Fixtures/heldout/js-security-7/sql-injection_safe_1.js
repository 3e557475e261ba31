// Cloudflare Worker + D1: order history API with bound parameters and a sort map.
const SORTS = { newest: 'created_at', total: 'total', status: 'status' };

function orderQuery(params, customerId) {
  const clauses = ['customer_id = ?'];
  const values = [customerId];
  if (params.get('status')) {
    clauses.push('status = ?');
    values.push(params.get('status'));
  }
  if (params.get('since')) {
    clauses.push('created_at >= ?');
    values.push(params.get('since'));
  }
  return { where: clauses.join(' AND '), values };
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const customerId = request.headers.get('X-Customer-Id');
    if (!customerId) {
      return new Response('unauthorised', { status: 401 });
    }

    if (url.pathname === '/orders') {
      const key = url.searchParams.get('sort') || 'newest';
      const sort = Object.prototype.hasOwnProperty.call(SORTS, key) ? SORTS[key] : 'created_at';
      const { where, values } = orderQuery(url.searchParams, customerId);
      const sql = `SELECT id, total, status FROM orders WHERE ${where} ORDER BY ${sort} DESC LIMIT 50`;
      const { results } = await env.DB.prepare(sql).bind(...values).all();
      return Response.json(results);
    }

    if (url.pathname === '/orders/note' && request.method === 'POST') {
      const { orderId, note } = await request.json();
      await env.DB.prepare('UPDATE orders SET note = ? WHERE id = ? AND customer_id = ?')
        .bind(String(note), Number(orderId), customerId)
        .run();
      return new Response(null, { status: 204 });
    }

    return new Response('not found', { status: 404 });
  },
};
