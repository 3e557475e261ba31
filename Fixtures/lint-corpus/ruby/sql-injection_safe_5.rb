# The same API with bound values.
class RecipeFinder
  def initialize(ingredient:, cuisine:)
    @ingredient = ingredient
    @cuisine = cuisine
  end

  def results
    Recipe.where("ingredients ILIKE ? AND cuisine = ?", "%#{@ingredient}%", @cuisine)
  end
end

class PantryRepo
  def shelf_items(shelf)
    items.where(shelf: shelf).to_a
  end

  def expiring(owner)
    app_config.database.fetch("SELECT * FROM pantry WHERE owner = ? AND expires < now()", owner).all
  end

  def report_path(name)
    File.read(File.join("reports", File.basename(name)))
  end
end

get "/recipes" do
  RecipeFinder.new(ingredient: params["ingredient"], cuisine: params["cuisine"]).results.to_json
end

get "/pantry/:shelf" do
  pantry_repo.shelf_items(params["shelf"]).to_json
end
