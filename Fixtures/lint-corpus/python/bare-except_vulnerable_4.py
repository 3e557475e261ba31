class Uploader:
    def __init__(self, client):
        self.client = client
        self.failed = []

    def upload_all(self, paths):
        for path in paths:
            try:
                self.client.put(path)
            except ConnectionError:
                self.failed.append(path)
            except:  # expect: bare-except
                pass
            else:
                continue
            finally:
                self.client.flush()
