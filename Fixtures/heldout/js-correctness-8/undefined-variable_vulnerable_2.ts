import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
  const recipe = await db.recipe.findUnique({ where: { slug: params.slug }, include: { steps: true } });
  if (!recipe) {
    throw error(404, 'Recipe not found'); // expect: undefined-variable
  }
  if (recipe.draft && !locals.user) {
    throw redirect(303, `/login?next=/recipes/${params.slug}`); // expect: undefined-variable
  }
  setHeaders({ 'cache-control': recipe.draft ? 'private, no-store' : 'public, max-age=300' });
  return {
    recipe: {
      title: recipe.title,
      minutes: recipe.minutes,
      steps: recipe.steps.map((step: { position: number; text: string }) => step.text),
    },
  };
};
