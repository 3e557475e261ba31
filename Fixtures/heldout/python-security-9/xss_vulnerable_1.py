from werkzeug.wrappers import Request, Response

from .search import find_recipes


def result_rows(recipes):
    rows = ""
    for recipe in recipes:
        rows += "<li><a href='/r/%s'>%s</a> - %s</li>" % (recipe.slug, recipe.title, recipe.summary)
    return rows


@Request.application
def search_page(request):
    term = request.args.get("q", "")
    recipes = find_recipes(term)
    page = f"""<!doctype html>
<html><body>
<h1>Recipes matching {term}</h1>
<ul>{result_rows(recipes)}</ul>
</body></html>"""
    return Response(page, mimetype="text/html")  # expect: xss
