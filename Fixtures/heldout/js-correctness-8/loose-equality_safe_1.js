import paper from 'paper';

export function setupSketchTool(canvas) {
  paper.setup(canvas);
  const tool = new paper.Tool();
  let path = null;
  let selected = null;

  tool.onMouseDown = (event) => {
    const hit = paper.project.hitTest(event.point, { stroke: true, tolerance: 6 });
    if (hit && hit.item !== path) {
      selected = hit.item;
      selected.selected = true;
      return;
    }
    path = new paper.Path({ strokeColor: '#222', strokeWidth: 3, strokeCap: 'round' });
    path.add(event.point);
  };

  tool.onMouseDrag = (event) => {
    if (path !== null) {
      path.add(event.point);
    }
  };

  tool.onKeyDown = (event) => {
    if (event.key === 'delete' && selected) {
      selected.remove();
      selected = null;
    }
  };

  return tool;
}
