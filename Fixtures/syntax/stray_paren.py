print("ok")
)
