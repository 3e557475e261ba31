"""pymunk ragdoll: builds a chain of segments hanging from the ceiling."""
import pymunk


def build_chain(space: pymunk.Space, anchor, lengths=(20, 20, 16, 16, 12)):
    previous = space.static_body
    position = anchor
    bodies = []
    for index, length in enumerate(lengths):  # expect: unused-loop-variable
        body = pymunk.Body(1, pymunk.moment_for_segment(1, (0, 0), (0, -length), 2))
        body.position = position
        shape = pymunk.Segment(body, (0, 0), (0, -length), 2)
        joint = pymunk.PivotJoint(previous, body, position)
        space.add(body, shape, joint)
        bodies.append(body)
        previous = body
        position = (position[0], position[1] - length)
    return bodies
