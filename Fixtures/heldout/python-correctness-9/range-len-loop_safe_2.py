import maya.cmds as cmds


def selected_joints():
    return cmds.ls(selection=True, type="joint") or []


def mirror_names(joints):
    renamed = []
    for joint in joints:
        if joint.startswith("L_"):
            renamed.append(cmds.rename(joint, "R_" + joint[2:]))
        else:
            renamed.append(joint)
    return renamed


def space_out(joints, spacing):
    for i, joint in enumerate(joints):
        cmds.setAttr(f"{joint}.translateY", i * spacing)
    for i in range(1, len(joints)):
        cmds.connectAttr(f"{joints[i - 1]}.scale", f"{joints[i]}.inverseScale", force=True)


def run(spacing=2.5):
    joints = selected_joints()
    if not joints:
        cmds.warning("Select some joints first")
        return
    space_out(mirror_names(joints), spacing)
    cmds.inViewMessage(amg=f"Processed {len(joints)} joints", pos="midCenter", fade=True)
