# A Sinatra API with a query object and a repository that runs raw SQL.
class RecipeFinder
  def initialize(ingredient:, cuisine:)
    @ingredient = ingredient
    @cuisine = cuisine
  end

  def results
    Recipe.where("ingredients ILIKE '%#{@ingredient}%' AND cuisine = '#{@cuisine}'") # expect: sql-injection
  end
end

class PantryRepo
  def shelf_items(shelf)
    sql = "SELECT id, label FROM pantry WHERE shelf = '#{shelf}'"
    items.read(sql) # expect: sql-injection
  end

  def expiring(owner)
    app_config.database.fetch("SELECT * FROM pantry WHERE owner = '#{owner}' AND expires < now()").all # expect: sql-injection
  end
end

get "/recipes" do
  RecipeFinder.new(ingredient: params["ingredient"], cuisine: params["cuisine"]).results.to_json
end

get "/pantry/:shelf" do
  pantry_repo.shelf_items(params["shelf"]).to_json
end
