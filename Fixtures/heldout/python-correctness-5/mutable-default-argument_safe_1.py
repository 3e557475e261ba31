"""Blender add-on helpers that scatter trees over a terrain mesh."""
import random

import bpy


def scatter(count, collection_name="Trees", placed=None):
    placed = [] if placed is None else placed
    collection = bpy.data.collections.get(collection_name) or bpy.data.collections.new(collection_name)
    for _ in range(count):
        bpy.ops.mesh.primitive_cone_add(radius1=random.uniform(0.5, 1.2), depth=3)
        tree = bpy.context.active_object
        collection.objects.link(tree)
        placed.append(tree.name)
    return placed


def tag_trees(names, material="Bark", props=()):
    for name in names:
        obj = bpy.data.objects[name]
        obj["material"] = material
        for key, value in props:
            obj[key] = value


def hide_layers(layer_names=frozenset()):
    for layer in bpy.context.scene.view_layers:
        layer.use = layer.name not in layer_names
