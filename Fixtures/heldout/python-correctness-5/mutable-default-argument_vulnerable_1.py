"""Blender add-on helpers that scatter rocks over a terrain mesh."""
import random

import bpy


def scatter(count, collection_name="Rocks", placed=[]):  # expect: mutable-default-argument
    collection = bpy.data.collections.get(collection_name) or bpy.data.collections.new(collection_name)
    for _ in range(count):
        bpy.ops.mesh.primitive_ico_sphere_add(radius=random.uniform(0.2, 0.8))
        rock = bpy.context.active_object
        collection.objects.link(rock)
        placed.append(rock.name)
    return placed


def tag_rocks(
    names,
    material="Granite",
    props={},  # expect: mutable-default-argument
):
    for name in names:
        obj = bpy.data.objects[name]
        obj["material"] = material
        obj.update(props)


def hide_layers(layer_names=set()):  # expect: mutable-default-argument
    for layer in bpy.context.scene.view_layers:
        layer.use = layer.name not in layer_names
