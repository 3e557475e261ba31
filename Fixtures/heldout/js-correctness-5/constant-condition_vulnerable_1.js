// Fastify plugin: content negotiation for a recipe API.
export default async function recipeRoutes(fastify) {
  fastify.get("/recipes/:slug", async (request, reply) => {
    const recipe = await fastify.recipes.findBySlug(request.params.slug);
    if (!recipe) return reply.code(404).send({ error: "not found" });
    const accept = request.headers.accept || "";
    if (accept.includes("text/html") || "application/xhtml+xml") {  // expect: constant-condition
      return reply.view("recipe.ejs", { recipe });
    }
    return recipe;
  });

  fastify.post("/recipes/:slug/rate", async (request, reply) => {
    const stars = Number(request.body.stars);
    const valid = stars >= 1 && stars <= 5;
    const status = valid || true ? 202 : 422;  // expect: constant-condition
    await fastify.recipes.rate(request.params.slug, stars);
    return reply.code(status).send({ ok: valid });
  });
}
