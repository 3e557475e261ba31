# A helper module and a component for a recipe site.
module RecipesHelper
  def title_with_hit(recipe, term)
    raw(recipe.title.gsub(term, "<b>#{term}</b>")) # expect: xss
  end

  def notes(recipe)
    simple_format(recipe.notes, {}, sanitize: false) # expect: xss
  end
end

class IngredientListComponent < ViewComponent::Base
  def initialize(recipe:)
    @recipe = recipe
  end

  def call
    out = +"<ul>"
    @recipe.ingredients.each { |i| out << "<li>#{i.name}</li>" }
    out << "</ul>"
    out.html_safe # expect: xss
  end
end
