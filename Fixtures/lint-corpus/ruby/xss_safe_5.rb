# The same helpers with escaping left on.
module RecipesHelper
  def title_with_hit(recipe, term)
    highlight(recipe.title, term)
  end

  def notes(recipe)
    simple_format(recipe.notes)
  end
end

class IngredientListComponent < ViewComponent::Base
  def initialize(recipe:)
    @recipe = recipe
  end

  def call
    out = +"<ul>"
    @recipe.ingredients.each { |i| out << "<li>#{ERB::Util.html_escape(i.name)}</li>" }
    out << "</ul>"
    out.html_safe
  end
end
