import { Schema, model } from "mongoose";

const RecipeSchema = new Schema(
  {
    title: { type: String, required: true, trim: true },
    servings: { type: Number, min: 1, default: 2 },
    ingredients: [{ name: String, amount: String }],
    tags: { type: [String], index: true },
    author: { type: Schema.Types.ObjectId, ref: "User", required: true },
    servings: { type: Number, min: 1, max: 24 }, // expect: duplicate-object-key
  },
  { timestamps: true },
);

export const UNIT_LABELS: Record<string, string> = {
  g: "gram",
  kg: "kilogram",
  ml: "millilitre",
  tsp: "teaspoon",
  tbsp: "tablespoon",
  g: "grams", // expect: duplicate-object-key
};

export const Recipe = model("Recipe", RecipeSchema);
