import FreeCAD as App
import FreeCADGui as Gui

MIN_VOLUME = 1.0


def tiny_solids(doc):
    return [obj for obj in doc.Objects if hasattr(obj, "Shape") and obj.Shape.Volume < MIN_VOLUME]


def prune(doc, keep_labels):
    candidates = tiny_solids(doc)
    for obj in candidates:
        if obj.Label in keep_labels:
            candidates.remove(obj)  # expect: modify-list-while-iterating
    for obj in candidates:
        doc.removeObject(obj.Name)
    doc.recompute()
    return len(candidates)


selection = Gui.Selection.getSelection()
keep = {obj.Label for obj in selection}
removed = prune(App.ActiveDocument, keep)
App.Console.PrintMessage(f"Removed {removed} tiny solids\n")
