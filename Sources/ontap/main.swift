print("ontap")
