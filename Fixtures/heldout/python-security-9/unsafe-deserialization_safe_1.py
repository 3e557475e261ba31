import json

import bpy
from bpy.props import StringProperty
from bpy_extras.io_utils import ImportHelper

bl_info = {"name": "Pose Library Import", "blender": (3, 6, 0), "category": "Animation"}


class ImportPoseLibrary(bpy.types.Operator, ImportHelper):
    bl_idname = "pose_library.import_shared"
    bl_label = "Import shared pose library"
    filename_ext = ".json"
    filter_glob: StringProperty(default="*.json", options={"HIDDEN"})

    def execute(self, context):
        with open(self.filepath, encoding="utf-8") as handle:
            library = json.load(handle)
        armature = context.active_object
        for name, bones in library.items():
            for bone_name, rotation in bones.items():
                if bone_name in armature.pose.bones and len(rotation) == 4:
                    armature.pose.bones[bone_name].rotation_quaternion = [float(v) for v in rotation]
        self.report({"INFO"}, f"imported {len(library)} poses")
        return {"FINISHED"}


def register():
    bpy.utils.register_class(ImportPoseLibrary)


def unregister():
    bpy.utils.unregister_class(ImportPoseLibrary)
